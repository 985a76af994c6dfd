package com.inkwell.printshop.client;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Consumes;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@Path("/crm/v3/objects")
@RegisterRestClient(configKey = "hubspot")
@ClientHeaderParam(name = "Authorization", value = "Bearer ${hubspot.token}")
@Consumes(MediaType.APPLICATION_JSON)
public interface HubSpotClient {

    @POST
    @Path("/contacts")
    Map<String, Object> createContact(Map<String, Object> body);

    @POST
    @Path("/deals")
    Map<String, Object> createDeal(Map<String, Object> body);
}
