package eu.skilltalk.coach;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /coach/login}: the sign-in form; Spring Security takes the POST. */
@Controller
@Dashboard
class LoginPage {

    @GetMapping("/coach/login")
    String login() {
        return "coach/login";
    }
}
