package org.tollgate.app.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.lists.ListIndex;
import org.tollgate.app.screening.HitView;
import org.tollgate.app.screening.ScreeningService;
import org.tollgate.app.web.ApiProblem;

/**
 * "Search a name": ad-hoc screening with the explanations, through {@link ScreeningService#adHoc} (which stores
 * nothing about the party and audits that a screening ran). The form is posted, so the name never appears in a URL
 * or a browser history.
 */
@Controller
class SearchPageController implements ConsolePage {
    private final ScreeningService screening;
    private final ListIndex lists;

    SearchPageController(ScreeningService screening, ListIndex lists) {
        this.screening = screening;
        this.lists = lists;
    }

    /** One hit with its marked names and its list entry. */
    record Result(
            HitView hit,
            MarkedName query,
            MarkedName matched,
            @Nullable EntityView entity) {}

    @GetMapping("/console/search")
    String form(Model model) {
        model.addAttribute("page", "search");
        return "console/search";
    }

    @PostMapping("/console/search")
    String search(
            Caller caller,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(name = "birth_date", required = false) @Nullable String birthDate,
            @RequestParam(required = false) @Nullable String country,
            Model model) {
        model.addAttribute("page", "search");
        model.addAttribute("name", name);
        model.addAttribute("type", type);
        model.addAttribute("birthDate", birthDate);
        model.addAttribute("country", country);
        if (name == null || name.isBlank()) {
            model.addAttribute("error", "Enter a name.");
            return "console/search";
        }
        if (name.length() > 500) {
            model.addAttribute("error", "The name is longer than 500 characters.");
            return "console/search";
        }
        String t = type == null || type.isBlank() ? "" : type;
        if (!List.of("", "person", "organization", "vessel", "aircraft").contains(t)) {
            t = "";
        }
        try {
            ScreeningService.AdHocResult r =
                    screening.adHoc(caller, name.strip(), t, blankToEmpty(birthDate), blankToEmpty(country));
            ListIndex.InForce state = lists.inForce();
            model.addAttribute("result", r);
            model.addAttribute(
                    "results",
                    r.hits().stream()
                            .map(h -> {
                                Map<String, String> q = new LinkedHashMap<>();
                                Map<String, String> l = new LinkedHashMap<>();
                                h.explanation().alignments().forEach(a -> {
                                    q.putIfAbsent(a.query(), a.method());
                                    l.putIfAbsent(a.list(), a.method());
                                });
                                return new Result(
                                        h,
                                        MarkedName.of(name.strip(), q),
                                        MarkedName.of(h.matchedName(), l),
                                        state.index()
                                                .party(h.entityId())
                                                .flatMap(p -> p.entity())
                                                .map(e -> EntityView.of(e, l))
                                                .orElse(null));
                            })
                            .toList());
        } catch (ApiProblem e) {
            model.addAttribute("error", e.getMessage());
        }
        return "console/search";
    }

    private static String blankToEmpty(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
