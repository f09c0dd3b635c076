package org.tollgate.app.auth;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads console users for the form login. */
@Service
class ConsoleUserDetailsService implements UserDetailsService {
    private final UserRepository users;

    ConsoleUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findLogin(username)
                .map(l -> new ConsoleUser(
                        new Caller(l.tenantId(), l.tenantKind(), l.role(), "user:" + l.username()),
                        l.username(),
                        l.passwordHash(),
                        l.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
