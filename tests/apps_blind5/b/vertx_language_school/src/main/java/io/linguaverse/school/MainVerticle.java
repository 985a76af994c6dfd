package io.linguaverse.school;

import io.linguaverse.school.http.EnrolmentHandler;
import io.linguaverse.school.http.StudentHandler;
import io.linguaverse.school.repo.PaymentRepository;
import io.linguaverse.school.repo.StudentRepository;
import io.linguaverse.school.service.AcquirerClient;
import io.linguaverse.school.service.HubSpotClient;
import io.linguaverse.school.service.PlacementTestClient;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.LoggerHandler;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PoolOptions;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.flywaydb.core.Flyway;

public class MainVerticle extends AbstractVerticle {
  private static final Logger LOG = LogManager.getLogger(MainVerticle.class);

  @Override
  public void start(Promise<Void> startPromise) {
    JsonObject conf = config();
    JsonObject db = conf.getJsonObject("db");
    String password = System.getenv("DB_PASSWORD");

    vertx.<Void>executeBlocking(p -> {
      Flyway.configure()
          .dataSource("jdbc:postgresql://" + db.getString("host") + ":" + db.getInteger("port") + "/" + db.getString("database"),
              db.getString("user"), password)
          .load()
          .migrate();
      p.complete();
    }).onSuccess(v -> LOG.info("flyway migrations applied to {}", db.getString("database")));

    PgPool pool = PgPool.pool(vertx,
        new PgConnectOptions().setHost(db.getString("host")).setPort(db.getInteger("port"))
            .setDatabase(db.getString("database")).setUser(db.getString("user")).setPassword(password),
        new PoolOptions().setMaxSize(db.getInteger("poolSize", 8)));

    WebClient web = WebClient.create(vertx);
    StudentRepository students = new StudentRepository(pool);
    PaymentRepository payments = new PaymentRepository(pool);
    AcquirerClient acquirer = new AcquirerClient(vertx, conf.getJsonObject("acquirer"));
    StudentHandler studentHandler = new StudentHandler(students, new HubSpotClient(web, conf.getJsonObject("hubspot")),
        new PlacementTestClient(vertx, conf.getJsonObject("placementTest")));
    EnrolmentHandler enrolments = new EnrolmentHandler(pool, payments, acquirer);

    Router router = Router.router(vertx);
    router.route().handler(ctx -> {
      ctx.put("requestId", UUID.randomUUID().toString());
      ctx.next();
    });
    router.route().handler(LoggerHandler.create());
    router.route("/api/*").handler(BodyHandler.create().setBodyLimit(64 * 1024));
    router.get("/health").handler(ctx -> ctx.json(new JsonObject().put("status", "UP")));
    router.post("/api/students").handler(studentHandler::register);
    router.get("/api/students/:id").handler(studentHandler::show);
    router.post("/api/enrolments").handler(enrolments::enrolAndPay);
    router.route().failureHandler(ctx -> {
      LOG.warn("request {} {} failed with {} (request id {})", ctx.request().method(), ctx.request().path(),
          ctx.statusCode(), ctx.<String>get("requestId"));
      ctx.response().setStatusCode(ctx.statusCode() > 0 ? ctx.statusCode() : 500).end();
    });

    vertx.deployVerticle(new TokenMigrationJob(payments, acquirer));
    vertx.createHttpServer().requestHandler(router).listen(conf.getInteger("http.port", 8080))
        .onSuccess(server -> {
          LOG.info("HTTP server started on port {}", server.actualPort());
          startPromise.complete();
        })
        .onFailure(startPromise::fail);
  }
}
