package org.tollgate.app.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tollgate.app.rescreen.RescreenService;
import org.tollgate.app.tenant.TenantScope;

/**
 * The list status page: every source in force, its snapshot hash, age and the result of its last update, and the
 * latest re-screening runs (what each list change or full re-screen found), scoped to the viewer's tenant.
 */
@Controller
class ListsPageController implements ConsolePage {
    private static final int RUNS_SHOWN = 20;

    private final ListStatus lists;
    private final RescreenService rescreen;

    ListsPageController(ListStatus lists, RescreenService rescreen) {
        this.lists = lists;
        this.rescreen = rescreen;
    }

    @GetMapping("/console/lists")
    String lists(TenantScope scope, Model model) {
        model.addAttribute("lists", lists.now());
        model.addAttribute("runs", rescreen.list(scope, RUNS_SHOWN));
        model.addAttribute("page", "lists");
        return "console/lists";
    }
}
