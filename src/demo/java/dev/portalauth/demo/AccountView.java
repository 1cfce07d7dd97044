package dev.portalauth.demo;

import java.util.List;
import java.util.Map;

import dev.portalauth.KrakenClient;

/** Loads an account through Kraken as the current session and renders its properties and meters. */
final class AccountView {

    private AccountView() {
    }

    static DemoQueries.Account load(KrakenClient kraken, String accountNumber) {
        return kraken.request(DemoQueries.ACCOUNT, Map.of("accountNumber", accountNumber),
                DemoQueries.AccountData.class).account;
    }

    static String meters(DemoQueries.Account account) {
        StringBuilder b = new StringBuilder("<p>Account <b>").append(Html.text(account.number))
                .append("</b>, balance ").append(Html.money(account.balance)).append("</p>");
        for (DemoQueries.Property property : account.properties) {
            b.append("<p>").append(Html.text(property.address)).append(", ").append(Html.text(property.postcode))
                    .append("</p><label>Meter <select name=\"meter\">");
            options(b, property.electricityMeterPoints, "Electricity");
            options(b, property.gasMeterPoints, "Gas");
            b.append("</select></label>");
        }
        return b.toString();
    }

    private static void options(StringBuilder b, List<DemoQueries.MeterPoint> points, String fuel) {
        if (points == null) {
            return;
        }
        for (DemoQueries.MeterPoint point : points) {
            for (DemoQueries.Meter meter : point.meters) {
                b.append("<option>").append(fuel).append(" ").append(Html.text(meter.serialNumber)).append("</option>");
            }
        }
    }
}
