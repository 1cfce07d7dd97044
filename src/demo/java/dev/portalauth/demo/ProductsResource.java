package dev.portalauth.demo;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.portalauth.KrakenClient;
import dev.portalauth.KrakenException;
import dev.portalauth.Organization;

/**
 * Energy products on sale at a postcode, for visitors who are not logged in: read from Kraken as
 * the organisation ({@code kraken.organization-key}), whose token stays on the server.
 */
@Path("/products")
public class ProductsResource {

    @Inject
    @Organization
    KrakenClient organization;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String products(@QueryParam("postcode") @DefaultValue("SW1A 1AA") String postcode) {
        StringBuilder body = new StringBuilder("<p class=\"note\">Read from Kraken as the organisation, not as you.</p>");
        try {
            DemoQueries.EnergyProducts products = organization.request(DemoQueries.ENERGY_PRODUCTS,
                    Map.of("postcode", postcode), DemoQueries.EnergyProductsData.class).energyProducts;
            body.append("<p>").append(products.totalCount).append(" products at ").append(Html.text(postcode))
                    .append("</p><table><tr><th>Product</th><th>Code</th><th></th></tr>");
            for (DemoQueries.EnergyProductEdge edge : products.edges) {
                DemoQueries.EnergyProduct p = edge.node;
                body.append("<tr><td><b>").append(Html.text(p.displayName)).append("</b><br>")
                        .append(Html.text(p.description)).append("</td><td><code>").append(Html.text(p.code))
                        .append("</code></td><td>").append(p.isVariable ? "variable" : "fixed " + p.term + " months")
                        .append(p.isGreen ? ", green" : "").append("</td></tr>");
            }
            body.append("</table>");
        } catch (KrakenException e) {
            body.append("<p class=\"error\">Products cannot be read right now (").append(Html.text(e.authError()
                    .map(Enum::name).orElse("KRAKEN_ERROR"))).append(").</p>");
        } catch (IllegalStateException e) {
            // The portal has no organisation key: the message names the key to set, never a secret.
            body.append("<p class=\"error\">").append(Html.text(e.getMessage())).append("</p>");
        }
        return Html.page("Energy products", body.toString());
    }
}
