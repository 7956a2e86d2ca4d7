package eu.skilltalk.channel.simulator;

import eu.skilltalk.locale.LocaleCatalog;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /simulator}: a plain, accessible web chat to try dialogs without a phone. */
@Controller
class SimulatorPage {

    private static final List<String> LABELS = List.of("title", "intro", "input", "send", "restart", "choices",
            "you", "bot", "error");

    private final LocaleCatalog catalog;

    SimulatorPage(LocaleCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/simulator")
    String page(@RequestParam(name = "lang", required = false) String lang, Model model) {
        String language = catalog.readable(lang);
        Map<String, String> labels = LABELS.stream()
                .collect(Collectors.toMap(k -> k, k -> catalog.render(language, "simulator." + k)));
        model.addAttribute("lang", language);
        model.addAttribute("labels", labels);
        model.addAttribute("languages", catalog.languages().stream()
                .collect(Collectors.toMap(l -> l, l -> catalog.render(l, "language.name"))));
        return "simulator";
    }
}
