package io.github.camelmartech.apifon.model;

/**
 * The outcome of a create, update, delete or status change: Apifon answers these with an empty body, and for a
 * create the new resource's URI in {@code Location} (for an update in {@code Content-Location}).
 */
public class WriteResult {

    private final int status;
    private final String location;

    public WriteResult(int status, String location) {
        this.status = status;
        this.location = location;
    }

    public int getStatus() {
        return status;
    }

    public String getLocation() {
        return location;
    }

    /** The last path segment of the location: the id of a created list or subscriber; null without a location. */
    public String getId() {
        if (location == null || location.isBlank()) {
            return null;
        }
        String path = location.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return "WriteResult[status=" + status + ", location=" + location + "]";
    }
}
