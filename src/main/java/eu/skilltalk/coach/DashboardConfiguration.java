package eu.skilltalk.coach;

import eu.skilltalk.locale.LocaleCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The dashboard's language: {@code ?lang=nl} picks one and a cookie keeps it; otherwise the browser's
 * preferred language if SkillTalk ships it, else English. Texts come from {@code locales/}.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration implements WebMvcConfigurer {

    @Bean
    CatalogMessageSource messageSource(ObjectProvider<LocaleCatalog> catalog) {
        return new CatalogMessageSource(catalog);
    }

    @Bean
    LocaleResolver localeResolver(CatalogMessageSource messages) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("skilltalk-lang");
        resolver.setDefaultLocaleFunction((HttpServletRequest request) -> Locale.forLanguageTag(
                messages.language(request.getLocale())));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/coach/**");
    }
}
