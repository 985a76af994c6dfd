package com.claywheel.studio.jobs;

import com.claywheel.studio.client.Integrations;
import java.util.Map;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.tinylog.Logger;

/** Weekday evenings: load tonight's bisque and glaze programs into the kilns. */
public class KilnProgramJob implements Job {
    @Override
    public void execute(JobExecutionContext ctx) throws JobExecutionException {
        try {
            var integrations = (Integrations) ctx.getScheduler().getContext().get("integrations");
            var program = Map.<String, Object>of("cone", "06", "ramp", 120, "holdMinutes", 10, "delayStartMinutes", 240);
            var response = integrations.kilns.schedule("K2", program).execute();
            Logger.info("kiln K2 bisque program loaded: HTTP {}", response.code());
        } catch (Exception e) {
            throw new JobExecutionException(e);
        }
    }
}
