package org.tollgate.app.screening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tollgate.app.auth.Caller;

/** {@code POST /api/v1/screen}: ad-hoc screening of one party; nothing about the party is stored. */
@RestController
@RequestMapping("/api/v1/screen")
@Tag(name = "screening", description = "Ad-hoc screening against the lists in force")
class ScreenController {
    private final ScreeningService screening;

    ScreenController(ScreeningService screening) {
        this.screening = screening;
    }

    /**
     * A party to screen.
     *
     * @param name the name as written
     * @param type person / individual, organization, vessel or aircraft
     * @param birthDate YYYY, YYYY-MM or YYYY-MM-DD
     * @param country nationality or residence: ISO alpha-2 code or English name
     */
    record ScreenRequest(
            @NotBlank @Size(max = 500) String name,
            @Nullable @Size(max = 40) String type,
            @Nullable @Size(max = 10) String birthDate,
            @Nullable @Size(max = 100) String country) {}

    @PostMapping
    @Operation(
            summary = "Screen one party; answers {threshold, hits} with hits shaped as 'tollgate screen' writes them")
    ScreeningService.AdHocResult screen(Caller caller, @Valid @RequestBody ScreenRequest body) {
        return screening.adHoc(caller, body.name(), body.type(), body.birthDate(), body.country());
    }
}
