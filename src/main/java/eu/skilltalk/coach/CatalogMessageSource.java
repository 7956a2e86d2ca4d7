package eu.skilltalk.coach;

import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.locale.LocaleLoader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.util.function.SingletonSupplier;

/**
 * Spring's {@link MessageSource} over {@code locales/}, so dashboard templates use {@code #{coach.key(...)}}.
 * Positional arguments become ICU arguments {@code {0}}, {@code {1}}; unknown keys fall back to English.
 */
final class CatalogMessageSource implements MessageSource {

    /**
     * Looked up when first needed (web slice tests load this class without any content), then kept: a lookup
     * in the bean factory cost every request (the locale resolver asks for the language) and every message of
     * a page more than the message itself.
     */
    private final SingletonSupplier<LocaleCatalog> catalogs;

    CatalogMessageSource(ObjectProvider<LocaleCatalog> catalogs) {
        this.catalogs = SingletonSupplier.of(catalogs::getIfAvailable);
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        LocaleCatalog catalog = catalogs.get();
        if (catalog == null) {
            return defaultMessage;
        }
        String language = language(locale);
        if (!catalog.has(language, code) && !catalog.has(catalog.languages().get(0), code)) {
            return defaultMessage;
        }
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; args != null && i < args.length; i++) {
            named.put(String.valueOf(i), args[i]);
        }
        return catalog.render(language, code, named);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        String message = getMessage(code, args, null, locale);
        if (message == null) {
            throw new NoSuchMessageException(code, locale);
        }
        return message;
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        if (resolvable.getCodes() != null) {
            for (String code : resolvable.getCodes()) {
                String message = getMessage(code, resolvable.getArguments(), null, locale);
                if (message != null) {
                    return message;
                }
            }
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        throw new NoSuchMessageException(String.valueOf(resolvable.getCodes()), locale);
    }

    /** The shipped language closest to {@code locale}. */
    String language(Locale locale) {
        LocaleCatalog catalog = catalogs.get();
        if (catalog == null) {
            return LocaleLoader.FALLBACK;
        }
        String language = locale == null ? null : locale.getLanguage();
        return catalog.readable(language);
    }
}
