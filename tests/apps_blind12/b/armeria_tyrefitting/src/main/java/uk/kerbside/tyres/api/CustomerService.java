package uk.kerbside.tyres.api;

import com.linecorp.armeria.server.annotation.ExceptionHandler;
import com.linecorp.armeria.server.annotation.Get;
import com.linecorp.armeria.server.annotation.Param;
import com.linecorp.armeria.server.annotation.Post;
import com.linecorp.armeria.server.annotation.ProducesJson;
import com.linecorp.armeria.server.annotation.RequestObject;
import java.util.Map;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.configuration.server.ServerRuntime;
import org.apache.cayenne.query.ObjectSelect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import uk.kerbside.tyres.integrations.CloseCrm;
import uk.kerbside.tyres.persistence.Customer;

@ProducesJson
@ExceptionHandler(ApiErrorHandler.class)
public class CustomerService {
    private static final Logger log = LoggerFactory.getLogger(CustomerService.class);
    private final ServerRuntime cayenne;
    private final CloseCrm close;

    public CustomerService(ServerRuntime cayenne, CloseCrm close) {
        this.cayenne = cayenne;
        this.close = close;
    }

    public record NewCustomer(String fullName, String email, String mobile, String addressLine, String postcode,
                              String vehicleReg, String fleetCompany) {}

    @Post("/customers")
    public Map<String, Object> create(@RequestObject NewCustomer in) throws Exception {
        log.info("new customer request {}", in);
        ObjectContext ctx = cayenne.newContext();
        if (ObjectSelect.query(Customer.class).where(Customer.EMAIL.eq(in.email())).selectFirst(ctx) != null) {
            throw new IllegalArgumentException("customer exists for " + in.email() + " / " + in.mobile());
        }
        Customer c = ctx.newObject(Customer.class);
        c.setFullName(in.fullName());
        c.setEmail(in.email());
        c.setMobile(in.mobile());
        c.setAddressLine(in.addressLine());
        c.setPostcode(in.postcode());
        c.setVehicleReg(in.vehicleReg());
        ctx.commitChanges();
        MDC.put("customer.postcode", in.postcode().substring(0, Math.min(4, in.postcode().length())));
        log.atInfo().addKeyValue("customerId", c.getObjectId().getIdSnapshot().get("id")).log("customer created");
        if (in.fleetCompany() != null) {
            close.createFleetLead(in.fleetCompany(), c);
        }
        return Map.of("id", c.getObjectId().getIdSnapshot().get("id"));
    }

    @Get("/customers/{id}")
    public Map<String, Object> get(@Param("id") long id) {
        Customer c = ObjectSelect.query(Customer.class).where(org.apache.cayenne.exp.ExpressionFactory.matchDbIdExp("id", id))
                .selectOne(cayenne.newContext());
        log.debug("loaded {}", c);
        return Map.of("name", c.getFullName(), "reg", c.getVehicleReg());
    }
}
