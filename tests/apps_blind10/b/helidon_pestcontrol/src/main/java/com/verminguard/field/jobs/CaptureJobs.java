package com.verminguard.field.jobs;

import com.verminguard.field.clients.Clients;

import io.helidon.dbclient.DbClient;

import jakarta.json.JsonObject;

import org.jobrunr.jobs.annotations.Job;

/** JobRunr stores each enqueued job, arguments included, as JSON in jobrunr_jobs until it succeeds. */
public class CaptureJobs {

    private static final System.Logger LOGGER = System.getLogger(CaptureJobs.class.getName());
    private static DbClient db;

    private final Clients clients;

    public CaptureJobs(Clients clients, DbClient db) {
        this.clients = clients;
        CaptureJobs.db = db;
    }

    @Job(name = "Retry keyed payment for visit %0", retries = 8)
    public void captureKeyed(long visitId, String pan, String expiry, String cvv, int amountPence) {
        JsonObject charge = clients.gateway().charge(pan, expiry, cvv, amountPence, "visit-" + visitId);
        recordToken(visitId, charge);
        LOGGER.log(System.Logger.Level.INFO, "visit {0} captured on retry: {1}", visitId, charge.getString("status"));
    }

    @Job(name = "Charge contract %0", retries = 3)
    public void chargeContract(long contractId, String gatewayToken, int amountPence) {
        JsonObject charge = clients.gateway().chargeToken(gatewayToken, amountPence, "contract-" + contractId);
        LOGGER.log(System.Logger.Level.INFO, "contract {0} charged: {1}", contractId, charge.getString("status"));
    }

    public static void recordToken(long visitId, JsonObject charge) {
        db.execute().createNamedInsert("insert-keyed-payment")
                .addParam("visitId", visitId)
                .addParam("token", charge.getString("token"))
                .addParam("brand", charge.getString("brand"))
                .addParam("last4", charge.getString("last4"))
                .addParam("amount", charge.getInt("amount"))
                .addParam("status", charge.getString("status"))
                .execute();
    }
}
