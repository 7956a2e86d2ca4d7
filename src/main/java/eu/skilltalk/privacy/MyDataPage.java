package eu.skilltalk.privacy;

import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.ClientData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /my-data/{token}}: the page a client's "my data" link opens. It asks for the code sent in the chat,
 * then shows everything kept about the client and offers it as JSON (GDPR art. 15 and 20). Nothing here
 * may be cached: {@link MyDataSecurity} makes every answer say {@code Cache-Control: no-store}.
 */
@Controller
@RequestMapping("/my-data/{token}")
class MyDataPage {

    private final MyDataLinks links;
    private final ClientData data;
    private final LocaleCatalog catalog;

    MyDataPage(MyDataLinks links, ClientData data, LocaleCatalog catalog) {
        this.links = links;
        this.data = data;
        this.catalog = catalog;
    }

    @GetMapping
    ModelAndView askCode(@PathVariable String token) {
        return links.waiting(token).map(link -> page("privacy/code", link.language(), HttpStatus.OK))
                .orElseGet(() -> gone(null));
    }

    @PostMapping
    ModelAndView open(@PathVariable String token, @RequestParam(required = false) String code) {
        MyDataLinks.Check check = links.check(token, code);
        if (check instanceof MyDataLinks.Check.Opened opened) {
            ModelAndView page = page("privacy/my-data", opened.link().language(), HttpStatus.OK);
            page.addObject("data", ReadableData.of(data.export(opened.link().participantId())));
            page.addObject("token", token);
            page.addObject("key", opened.downloadKey());
            return page;
        }
        if (check instanceof MyDataLinks.Check.Wrong wrong) {
            String language = links.waiting(token).map(MyDataLink::language).orElse(null);
            ModelAndView page = page("privacy/code", language, HttpStatus.BAD_REQUEST);
            page.addObject("wrong", catalog.render(speak(language), "privacy.code.wrong",
                    Map.of("attempts", wrong.attemptsLeft())));
            return page;
        }
        return gone(null);
    }

    @PostMapping("/download")
    Object download(@PathVariable String token, @RequestParam(required = false) String key) {
        return links.download(token, key).<Object>map(link -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", ContentDisposition.attachment().filename("skilltalk-my-data.json")
                        .build().toString())
                .body(data.export(link.participantId())))
                .orElseGet(() -> gone(null));
    }

    private ModelAndView gone(String language) {
        return page("privacy/gone", language, HttpStatus.NOT_FOUND);
    }

    private ModelAndView page(String view, String language, HttpStatus status) {
        ModelAndView page = new ModelAndView(view, status);
        String lang = speak(language);
        Map<String, String> texts = new LinkedHashMap<>();
        catalog.entries(lang).keySet().stream().filter(k -> k.startsWith("privacy.page."))
                .forEach(k -> texts.put(k.substring("privacy.page.".length()), catalog.render(lang, k)));
        page.addObject("lang", lang);
        page.addObject("t", texts);
        return page;
    }

    private String speak(String language) {
        return catalog.speaks(language) ? language : catalog.languages().get(0);
    }
}
