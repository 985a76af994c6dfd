package com.starvault;

import com.starvault.clients.ClientFactory;
import com.starvault.clients.GatewayApi;
import com.starvault.clients.SchoolsApi;
import com.starvault.jobs.Jobs;
import com.starvault.support.RequestContext;
import com.starvault.support.Telemetry;
import com.starvault.web.BookingController_;
import com.starvault.web.VisitorController_;
import io.jooby.Jooby;
import io.jooby.StatusCode;
import io.jooby.hikari.HikariModule;
import io.jooby.jackson.JacksonModule;
import javax.sql.DataSource;
import org.javalite.activejdbc.Base;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class App extends Jooby {
  private static final Logger log = LoggerFactory.getLogger(App.class);

  {
    install(new JacksonModule());
    install(new HikariModule("db"));

    ClientFactory clients = new ClientFactory(getConfig());
    GatewayApi gateway = clients.gateway();
    SchoolsApi schools = clients.schools();
    Telemetry telemetry = new Telemetry(clients.splunk(), clients.copper());

    onStarted(() -> {
      Jobs jobs = new Jobs(require(DataSource.class), gateway);
      jobs.start();
      getServices().put(Jobs.class, jobs);
    });

    use(new RequestContext());
    before(ctx -> Base.open(require(DataSource.class)));
    after((ctx, result, failure) -> Base.close());

    error((ctx, cause, code) -> {
      log.error("request failed {} {} body={}", ctx.getMethod(), ctx.getRequestPath(), ctx.body().value(""), cause);
      ctx.setResponseCode(StatusCode.SERVER_ERROR).render(java.util.Map.of("error", "internal"));
    });

    mvc(new VisitorController_(telemetry));
    mvc(new BookingController_(gateway, schools, telemetry, getServices().require(Jobs.class)));
  }

  public static void main(String[] args) {
    runApp(args, App::new);
  }
}
