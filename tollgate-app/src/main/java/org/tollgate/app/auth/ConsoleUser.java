package org.tollgate.app.auth;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A console user as Spring Security holds it in the session; {@link #caller()} is what controllers see. */
final class ConsoleUser implements UserDetails {
    private static final long serialVersionUID = 1L;

    private final Caller caller;
    private final String username;
    private final String passwordHash;
    private final boolean enabled;

    ConsoleUser(Caller caller, String username, String passwordHash, boolean enabled) {
        this.caller = caller;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    Caller caller() {
        return caller;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(caller.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
