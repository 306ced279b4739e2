package io.github.camelmartech.sandbox.accengage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * The devices of each app, answered as a {@code ;}-separated CSV with a header row ({@code deviceId;lastOpen} then
 * every extra column seeded for the app), filtered by {@code lastOpen >= date}. The vendor's row order is not
 * documented; oldest {@code lastOpen} first (then device id) is what an only-new consumer needs.
 */
final class AccengageDevices {

    private record Device(String id, LocalDate lastOpen, Map<String, String> extra) {
    }

    private static final Comparator<Device> OLDEST_FIRST = Comparator.comparing(Device::lastOpen)
            .thenComparing(Device::id);

    private final AccengageApps apps;
    private final Supplier<String> baseUrl;
    private final Map<String, Map<String, Device>> byApp = new LinkedHashMap<>();

    AccengageDevices(AccengageApps apps, Supplier<String> baseUrl) {
        this.apps = apps;
        this.baseUrl = baseUrl;
    }

    synchronized void add(String partnerId, String deviceId, LocalDate lastOpen, Map<String, ?> extra) {
        if (deviceId == null || deviceId.isBlank() || lastOpen == null) {
            throw new IllegalArgumentException("a device needs an id and a lastOpen date");
        }
        Map<String, String> columns = new LinkedHashMap<>();
        (extra == null ? Map.<String, Object>of() : extra).forEach((k, v) -> columns.put(k, v == null ? "" : v.toString()));
        byApp.computeIfAbsent(apps.known(partnerId), p -> new LinkedHashMap<>())
                .put(deviceId, new Device(deviceId, lastOpen, columns));
    }

    synchronized SimResponse page(SimRequest request, int pageSize) {
        Map<String, Device> devices = byApp.getOrDefault(apps.of(request), Map.of());
        LocalDate since = lastOpen(request);
        List<Device> matching = new ArrayList<>();
        for (Device device : devices.values()) {
            if (since == null || !device.lastOpen().isBefore(since)) {
                matching.add(device);
            }
        }
        matching.sort(OLDEST_FIRST);
        AccengagePages.Page<Device> page = AccengagePages.cut(request, baseUrl.get(), matching, pageSize);
        return page.withLinkHeader(SimResponse.text(200, "text/csv; charset=utf-8", csv(devices.values(), page.items())));
    }

    synchronized void clear() {
        byApp.clear();
    }

    private static LocalDate lastOpen(SimRequest request) {
        String value = request.query("lastOpen", null);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw SimulatorException.badRequest("lastOpen", "must be a date YYYY-MM-DD, not " + value);
        }
    }

    /** The header names every column of the app, so every page has the same one. */
    private static String csv(Iterable<Device> all, List<Device> rows) {
        Set<String> extraColumns = new LinkedHashSet<>();
        all.forEach(d -> extraColumns.addAll(d.extra().keySet()));
        extraColumns.removeAll(List.of("deviceId", "lastOpen"));
        StringBuilder csv = new StringBuilder("deviceId;lastOpen");
        extraColumns.forEach(c -> csv.append(';').append(field(c)));
        csv.append('\n');
        for (Device device : rows) {
            csv.append(field(device.id())).append(';').append(device.lastOpen());
            extraColumns.forEach(c -> csv.append(';').append(field(device.extra().getOrDefault(c, ""))));
            csv.append('\n');
        }
        return csv.toString();
    }

    /** Quoted when it holds the separator, a quote or a line break; quotes doubled. */
    private static String field(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
