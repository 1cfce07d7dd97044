package dev.portalauth.simulator;

/**
 * What the simulator answers: status, content type and body, or, when {@code drop} is a fault
 * that {@linkplain FaultMode#dropsTheConnection() drops the connection}, how the connection breaks
 * instead (the servlet or the {@link FaultFront} breaks it).
 */
public record SimulatorResponse(int status, String contentType, String body, FaultMode drop) {

    static final String JSON = "application/json";

    SimulatorResponse(int status, String contentType, String body) {
        this(status, contentType, body, FaultMode.NONE);
    }

    static SimulatorResponse json(int status, String body) {
        return new SimulatorResponse(status, JSON, body);
    }

    static SimulatorResponse dropTheConnection(FaultMode how) {
        return new SimulatorResponse(0, null, "", how);
    }

    /** True when no HTTP answer is to be written whole. */
    public boolean closeConnection() {
        return drop.dropsTheConnection();
    }
}
