package com.inkwell.printshop.client;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The RIP server in the press room that queues jobs onto the digital presses. */
@Path("/queue")
@RegisterRestClient(baseUri = "http://rip-server.pressroom.lan:8088")
@Consumes(MediaType.APPLICATION_JSON)
public interface PressRoomClient {

    record PressTicket(String jobNumber, String fileName, String paperStock, int copies,
                       String shipToName, String shipToAddress, String shipToPhone) {}

    @POST
    void enqueue(PressTicket ticket);
}
