package io.github.camelmartech.sandbox.accengage;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimulatorException;

/** The apps the user manages; a {@code /v1/me/apps/{partnerId}} route of any other app is refused. */
final class AccengageApps {

    private final String defaultApp;
    private final Set<String> managed = ConcurrentHashMap.newKeySet();

    AccengageApps(String defaultApp) {
        this.defaultApp = defaultApp;
        clear();
    }

    void add(String partnerId) {
        managed.add(partnerId);
    }

    /** The request's partner id when the user manages that app, else Accengage's 403 API_ERR_FORBIDDEN. */
    String of(SimRequest request) {
        String partnerId = request.pathParameter("partnerId");
        if (!managed.contains(partnerId)) {
            throw new SimulatorException(403, "API_ERR_FORBIDDEN", null, "no rights on the app " + partnerId);
        }
        return partnerId;
    }

    /** For seeding: an app the user does not manage is the caller's mistake. */
    String known(String partnerId) {
        if (!managed.contains(partnerId)) {
            throw new IllegalArgumentException("unknown app " + partnerId + "; add it with addApp first");
        }
        return partnerId;
    }

    void clear() {
        managed.clear();
        managed.add(defaultApp);
    }
}
