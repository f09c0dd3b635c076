package org.tollgate.app.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The pages outside the signed-in console: the login form (Spring Security handles its POST), the page shown when a
 * role may not use the console or do what it tried, and the root, which leads to the console.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    /** Forwarded to by the security chain with status 403, for any method. */
    @RequestMapping("/access-denied")
    String denied() {
        return "console/denied";
    }

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }
}
