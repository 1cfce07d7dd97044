package com.example.portal;

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
 * Products on sale at a postcode, for any visitor: read from Kraken as the organisation
 * ({@code kraken.organization-key}), whose token never leaves the server.
 */
@Path("/products")
public class ProductsResource {

    @Inject
    @Organization
    KrakenClient organization;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String products(@QueryParam("postcode") @DefaultValue("SW1A 1AA") String postcode) {
        try {
            Queries.EnergyProducts products = organization.request(Queries.ENERGY_PRODUCTS,
                    Map.of("postcode", postcode), Queries.EnergyProductsData.class).energyProducts;
            StringBuilder list = new StringBuilder("<p>" + products.totalCount + " products at " + Html.text(postcode)
                    + "</p><ul>");
            products.edges.forEach(e -> list.append("<li>").append(Html.text(e.node.displayName)).append(" (")
                    .append(Html.text(e.node.code)).append(")</li>"));
            return Html.page("Products", list.append("</ul>").toString());
        } catch (KrakenException e) {
            return Html.page("Products", "<p class=\"error\">Products cannot be shown right now.</p>");
        }
    }
}
