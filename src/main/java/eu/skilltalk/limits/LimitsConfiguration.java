package eu.skilltalk.limits;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the request size limit into the servlet filter chain, after Spring Security. A configuration rather
 * than a filter component, so that web slice tests ({@code @WebMvcTest}) do not pick it up without its
 * properties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LimitsConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(LimitsProperties properties, JsonMapper json) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(properties, json));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
