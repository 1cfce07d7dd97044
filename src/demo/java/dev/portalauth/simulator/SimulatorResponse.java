package dev.portalauth.simulator;

/**
 * What the simulator answers: status, content type and body, or, when {@code closeConnection}
 * is set, no answer at all (the servlet drops the connection).
 */
public record SimulatorResponse(int status, String contentType, String body, boolean closeConnection) {

    static final String JSON = "application/json";

    static SimulatorResponse json(int status, String body) {
        return new SimulatorResponse(status, JSON, body, false);
    }

    static SimulatorResponse closeTheConnection() {
        return new SimulatorResponse(0, null, "", true);
    }
}
