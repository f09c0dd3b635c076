package org.tollgate.app.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The list status page: every source in force, its snapshot hash, age and the result of its last update. */
@Controller
class ListsPageController implements ConsolePage {
    private final ListStatus lists;

    ListsPageController(ListStatus lists) {
        this.lists = lists;
    }

    @GetMapping("/console/lists")
    String lists(Model model) {
        model.addAttribute("lists", lists.now());
        model.addAttribute("page", "lists");
        return "console/lists";
    }
}
