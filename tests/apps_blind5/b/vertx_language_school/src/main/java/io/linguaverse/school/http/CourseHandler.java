package io.linguaverse.school.http;

import io.linguaverse.school.service.AmplitudeClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class CourseHandler {
  private static final Logger LOG = LogManager.getLogger(CourseHandler.class);

  private final Pool pool;
  private final AmplitudeClient amplitude;

  public CourseHandler(Pool pool, AmplitudeClient amplitude) {
    this.pool = pool;
    this.amplitude = amplitude;
  }

  public void list(RoutingContext ctx) {
    String language = ctx.queryParams().get("language");
    long started = System.nanoTime();
    pool.preparedQuery("SELECT id, code, name, level, price_cents, capacity FROM course WHERE language = $1 ORDER BY level")
        .execute(Tuple.of(language == null ? "es" : language))
        .onSuccess(rows -> {
          JsonArray out = new JsonArray();
          for (Row row : rows) {
            out.add(new JsonObject()
                .put("code", row.getString("code"))
                .put("name", row.getString("name"))
                .put("level", row.getString("level"))
                .put("price", row.getInteger("price_cents") / 100.0));
          }
          LOG.debug("listed {} courses for {} in {} ms", out.size(), language, (System.nanoTime() - started) / 1_000_000);
          ctx.json(out);
        })
        .onFailure(ctx::fail);
  }

  public void show(RoutingContext ctx) {
    String code = ctx.pathParam("code");
    String studentId = ctx.request().getHeader("X-Student-Id");
    if (studentId != null) {
      amplitude.courseViewed(Long.parseLong(studentId), code);
    }
    pool.preparedQuery("SELECT * FROM course WHERE code = $1").execute(Tuple.of(code))
        .onSuccess(rows -> {
          if (rows.size() == 0) {
            LOG.info("course {} not found", code);
            ctx.fail(404);
            return;
          }
          ctx.json(rows.iterator().next().toJson());
        })
        .onFailure(ctx::fail);
  }
}
