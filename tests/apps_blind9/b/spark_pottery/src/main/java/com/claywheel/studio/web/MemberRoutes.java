package com.claywheel.studio.web;

import static spark.Spark.post;
import static spark.Spark.get;

import com.claywheel.studio.client.Integrations;
import com.claywheel.studio.client.PartnerApis.GrantPortal.ConcessionClaim;
import com.claywheel.studio.client.StudioLanApis.DoorController.Keyholder;
import com.claywheel.studio.model.Member;
import com.claywheel.studio.model.SignupForm;
import com.claywheel.studio.repo.MemberRepository;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import org.tinylog.Logger;
import org.tinylog.ThreadContext;
import spark.Request;

public class MemberRoutes {
    private final MemberRepository members;
    private final Integrations integrations;
    private final Gson gson;

    public MemberRoutes(MemberRepository members, Integrations integrations, Gson gson) {
        this.members = members;
        this.integrations = integrations;
        this.gson = gson;
    }

    private Member load(Request req) {
        Member member = members.find(Long.parseLong(req.params(":id")))
                .orElseThrow(() -> new IllegalArgumentException("unknown member"));
        ThreadContext.put("member", member.email());
        return member;
    }

    public void register() {
        post("/members", (req, res) -> {
            SignupForm form = gson.fromJson(req.body(), SignupForm.class);
            Logger.info("signup {} <{}> born {} via {}", form.fullName, form.email, form.dateOfBirth, form.source);
            Member member = members.create(form);
            if (form.newsletter) {
                integrations.brevo.subscribe(member);
            }
            Logger.tag("AUDIT").info("member {} created (source {})", member.id(), form.source);
            res.status(201);
            return gson.toJson(member);
        });

        get("/members/:id", (req, res) -> gson.toJson(load(req)));

        post("/members/:id/fob", (req, res) -> {
            Member member = load(req);
            String fobId = gson.fromJson(req.body(), JsonObject.class).get("fobId").getAsString();
            members.assignFob(member.id(), fobId);
            var keyholder = new Keyholder(fobId, member.fullName(), member.email(), member.phone(),
                    LocalDate.now().plusMonths(1).toString());
            var response = integrations.door.enrol(keyholder).execute();
            Logger.info("fob {} enrolled for {} (door said {})", fobId, member, response.code());
            return "{\"ok\":true}";
        });

        post("/members/:id/concession", (req, res) -> {
            Member member = load(req);
            JsonObject body = gson.fromJson(req.body(), JsonObject.class);
            var claim = new ConcessionClaim(body.get("courseRef").getAsString(), member.fullName(),
                    String.valueOf(member.dateOfBirth()), body.get("postcode").getAsString(),
                    body.get("niNumber").getAsString(), body.get("fullPricePence").getAsInt());
            Logger.info("submitting concession claim {}", claim);
            var response = integrations.grants.claim(claim).execute();
            Logger.tag("AUDIT").info("concession claim for member {} -> HTTP {}", member.id(), response.code());
            return gson.toJson(response.body());
        });
    }
}
