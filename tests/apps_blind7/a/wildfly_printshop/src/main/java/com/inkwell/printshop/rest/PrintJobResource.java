package com.inkwell.printshop.rest;

import com.inkwell.printshop.domain.Customer;
import com.inkwell.printshop.domain.PrintJob;
import com.inkwell.printshop.service.CheckoutService;
import com.inkwell.printshop.service.CrmSync;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrintJobResource {

    private static final Logger LOG = Logger.getLogger(PrintJobResource.class);
    private static final BigDecimal PRICE_PER_COPY = new BigDecimal("0.18");

    public record QuoteRequest(@Email String email, @NotBlank String fullName, String phone, String company,
                               String shippingAddress, @NotBlank String fileName, String paperStock,
                               @Min(1) int copies) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    CheckoutService checkout;

    @Inject
    CrmSync crm;

    @Context
    HttpHeaders headers;

    @POST
    @Path("/quote")
    @Transactional
    public Response quote(@Valid QuoteRequest req) {
        MDC.put("requestId", headers.getHeaderString("X-Request-Id"));
        LOG.debugf("quote request: %s", req);
        Customer customer = em.createNamedQuery("Customer.byEmail", Customer.class)
                .setParameter("email", req.email().toLowerCase())
                .getResultStream().findFirst().orElse(null);
        if (customer == null) {
            customer = new Customer();
            customer.setEmail(req.email().toLowerCase());
            customer.setFullName(req.fullName());
            customer.setPhone(req.phone());
            customer.setCompanyName(req.company());
            customer.setShippingAddress(req.shippingAddress());
            em.persist(customer);
            LOG.infov("new customer {0}", customer);
            crm.upsertContact(customer);
        }
        PrintJob job = new PrintJob();
        job.setJobNumber("IW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        job.setCustomer(customer);
        job.setFileName(req.fileName());
        job.setPaperStock(req.paperStock());
        job.setCopies(req.copies());
        job.setTotal(PRICE_PER_COPY.multiply(BigDecimal.valueOf(req.copies())));
        em.persist(job);
        LOG.infof("quote %s: %d copies of %s on %s", job.getJobNumber(), job.getCopies(), job.getFileName(),
                job.getPaperStock());
        return Response.status(Response.Status.CREATED)
                .entity(new Object[] {job.getJobNumber(), job.getTotal()}).build();
    }

    @POST
    @Path("/checkout")
    public Response pay(@Valid CheckoutRequest request) {
        CheckoutService.Outcome outcome = checkout.checkout(request);
        LOG.infof("checkout for %s -> %s", outcome.jobNumber(), outcome.status());
        return Response.ok(outcome).build();
    }

    @GET
    @Path("/{jobNumber}")
    public PrintJob get(@PathParam("jobNumber") String jobNumber) {
        LOG.tracef("lookup job %s", jobNumber);
        return em.createQuery("select j from PrintJob j where j.jobNumber = :n", PrintJob.class)
                .setParameter("n", jobNumber).getSingleResult();
    }
}
