package eu.skilltalk.coach;

import eu.skilltalk.system.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. The REST API ({@code /api/v1/**}) takes HTTP Basic or the dashboard's session; the
 * dashboard ({@code /coach/**}) signs in with a form. Clients' channels, the simulator, public badges,
 * health and the API description need no sign-in; anything else does. CSRF protects every form and every
 * session call; calls that carry their own credentials (HTTP Basic) and webhooks, which check their own
 * signatures, are exempt, and so are API calls without a session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, stored with its {bcrypt} prefix so a stronger algorithm can take over later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http) {
        ProblemResponses problems = new ProblemResponses();
        return http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/coaches/**", "/api/v1/audit/**").hasRole(Role.ADMIN.name())
                        .anyRequest().hasAnyRole(Role.COACH.name(), Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // Without a session nothing can ride on the browser's cookie, so anonymous calls get a plain 401.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null
                        || request.getSession(false) == null))
                .requestCache(cache -> cache.disable())
                .headers(new SecurityHeaders())
                .build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain web(HttpSecurity http) {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/simulator", "/api/simulator/**", "/webhooks/**", "/badges/**",
                                "/results/charts/**",
                                "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/*.css", "/*.js", "/favicon.ico", "/coach/assets/**", "/coach/login", "/error")
                        .permitAll()
                        .requestMatchers("/coach/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().hasAnyRole(Role.COACH.name(), Role.ADMIN.name()))
                .formLogin(form -> form.loginPage("/coach/login").defaultSuccessUrl("/coach", false))
                .logout(logout -> logout.logoutUrl("/coach/logout").logoutSuccessUrl("/coach/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/webhooks/**", "/api/simulator/**"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(new SecurityHeaders())
                .build();
    }
}
