package com.starvault.web;

import com.starvault.models.Visitor;
import com.starvault.support.RequestContext;
import com.starvault.support.Telemetry;
import io.jooby.Context;
import io.jooby.annotation.POST;
import io.jooby.annotation.PUT;
import io.jooby.annotation.Path;
import io.jooby.annotation.PathParam;
import io.jooby.exception.StatusCodeException;
import io.jooby.StatusCode;
import jakarta.inject.Inject;
import java.util.Map;
import org.mindrot.jbcrypt.BCrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/visitors")
public class VisitorController {
  private static final Logger log = LoggerFactory.getLogger(VisitorController.class);
  private final Telemetry telemetry;

  @Inject
  public VisitorController(Telemetry telemetry) {
    this.telemetry = telemetry;
  }

  @POST
  public Map<String, Object> register(Context ctx, VisitorForm form) {
    log.debug("register {}", form);
    Visitor v = new Visitor();
    v.set("email", form.email(), "full_name", form.fullName(), "phone", form.phone(), "birth_date", form.birthDate(), "school_name", form.schoolName());
    v.set("password_hash", BCrypt.hashpw(form.password(), BCrypt.gensalt()));
    if (!v.save()) {
      log.warn("validation failed for {}: {}", v, v.errors());
      throw new StatusCodeException(StatusCode.BAD_REQUEST, "invalid visitor");
    }
    RequestContext.visitor(ctx, v.ref());
    log.info("visitor registered");
    telemetry.signupEvent(v, ctx.getRemoteAddress());
    telemetry.crmPerson(v);
    return Map.of("id", v.getId());
  }

  @PUT("/{id}")
  public Map<String, Object> update(Context ctx, @PathParam long id, VisitorForm form) {
    Visitor v = Visitor.findById(id);
    RequestContext.visitor(ctx, v.email());
    v.set("phone", form.phone()).saveIt();
    log.info("phone changed for visitor {} to {}", id, form.phone());
    log.debug("visitor {} saved", v.ref());
    return Map.of("ok", true);
  }
}
