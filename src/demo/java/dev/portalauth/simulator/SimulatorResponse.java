package dev.portalauth.simulator;

/**
 * What the simulator answers: status, content type and body (and a {@code Location} for the OAuth
 * redirects), or, when {@code drop} is a fault that {@linkplain FaultMode#dropsTheConnection()
 * drops the connection}, how the connection breaks instead (the servlet or the {@link FaultFront}
 * breaks it).
 */
public record SimulatorResponse(int status, String contentType, String body, FaultMode drop, String location) {

    static final String JSON = "application/json";
    static final String HTML = "text/html";

    SimulatorResponse(int status, String contentType, String body, FaultMode drop) {
        this(status, contentType, body, drop, null);
    }

    SimulatorResponse(int status, String contentType, String body) {
        this(status, contentType, body, FaultMode.NONE);
    }

    static SimulatorResponse json(int status, String body) {
        return new SimulatorResponse(status, JSON, body);
    }

    static SimulatorResponse html(int status, String body) {
        return new SimulatorResponse(status, HTML, body);
    }

    /** {@code 303 See Other} to an absolute URL (the portal's redirect URI). */
    static SimulatorResponse seeOther(String location) {
        return new SimulatorResponse(303, null, "", FaultMode.NONE, location);
    }

    static SimulatorResponse dropTheConnection(FaultMode how) {
        return new SimulatorResponse(0, null, "", how);
    }

    /** @return true when no HTTP answer is to be written whole (a fault drops the connection) */
    public boolean closeConnection() {
        return drop.dropsTheConnection();
    }
}
