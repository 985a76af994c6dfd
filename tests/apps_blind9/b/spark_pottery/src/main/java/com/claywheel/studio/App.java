package com.claywheel.studio;

import static spark.Spark.*;

import com.claywheel.studio.client.Integrations;
import com.claywheel.studio.jobs.Scheduling;
import com.claywheel.studio.repo.BookingRepository;
import com.claywheel.studio.repo.ClubCardRepository;
import com.claywheel.studio.repo.MemberRepository;
import com.claywheel.studio.web.ClubRoutes;
import com.claywheel.studio.web.CourseRoutes;
import com.claywheel.studio.web.MemberRoutes;
import com.claywheel.studio.web.WebhookRoutes;
import com.google.gson.Gson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tinylog.Logger;
import org.tinylog.ThreadContext;

public final class App {
    public static void main(String[] args) throws Exception {
        JdbcClient jdbc = JdbcClient.create(Db.dataSource());
        Db.install(jdbc);
        Gson gson = new Gson();
        Integrations integrations = new Integrations();
        MemberRepository members = new MemberRepository(jdbc);
        ClubCardRepository clubCards = new ClubCardRepository(jdbc);

        port(Config.PORT);
        before((req, res) -> res.type("application/json"));
        after((req, res) -> {
            Logger.info("{} {} {} -> {}", req.ip(), req.requestMethod(), req.pathInfo(), res.status());
            ThreadContext.clear();
        });

        new MemberRoutes(members, integrations, gson).register();
        new CourseRoutes(new BookingRepository(jdbc), integrations, gson).register();
        new ClubRoutes(clubCards, gson).register();
        new WebhookRoutes(jdbc).register();

        exception(IllegalArgumentException.class, (e, req, res) -> {
            res.status(400);
            res.body(gson.toJson(java.util.Map.of("error", e.getMessage())));
        });
        exception(Exception.class, (e, req, res) -> {
            Logger.error(e, "unhandled {} {} body={}", req.requestMethod(), req.pathInfo(), req.body());
            res.status(500);
            res.body("{\"error\":\"internal\"}");
        });

        Scheduling.start(clubCards, integrations);
        Logger.info("Claywheel studio API on port {}", Config.PORT);
    }
}
