package com.inkwell.printshop.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@Path("/v1")
@RegisterRestClient(configKey = "card-vault")
@ClientHeaderParam(name = "Authorization", value = "{vaultAuth}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface CardVaultClient {

    record VaultRequest(String pan, String expiry, String cvn, String holder) {}

    record VaultResponse(String vaultId, String brand, String funding) {}

    record ChargeRequest(String vaultId, long amountMinor, String currency, String reference) {}

    record ChargeResponse(String chargeId, String outcome, String reason) {}

    @POST
    @Path("/vault")
    VaultResponse store(VaultRequest request);

    @POST
    @Path("/vault/{id}/charge")
    ChargeResponse charge(@PathParam("id") String vaultId, ChargeRequest request);

    default String vaultAuth() {
        return "Bearer " + System.getenv("CARD_VAULT_KEY");
    }
}
