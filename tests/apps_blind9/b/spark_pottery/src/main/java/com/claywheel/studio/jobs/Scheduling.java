package com.claywheel.studio.jobs;

import static org.quartz.CronScheduleBuilder.cronSchedule;
import static org.quartz.JobBuilder.newJob;
import static org.quartz.TriggerBuilder.newTrigger;

import com.claywheel.studio.client.Integrations;
import com.claywheel.studio.repo.ClubCardRepository;
import org.quartz.Scheduler;
import org.quartz.impl.StdSchedulerFactory;

public final class Scheduling {
    private Scheduling() {}

    public static void start(ClubCardRepository cards, Integrations integrations) throws Exception {
        Scheduler scheduler = StdSchedulerFactory.getDefaultScheduler();
        scheduler.getContext().put("cards", cards);
        scheduler.getContext().put("integrations", integrations);
        scheduler.scheduleJob(
                newJob(ClubBillingJob.class).withIdentity("club-billing").build(),
                newTrigger().withSchedule(cronSchedule("0 0 6 1 * ?")).build());
        scheduler.scheduleJob(
                newJob(KilnProgramJob.class).withIdentity("kiln-programs").build(),
                newTrigger().withSchedule(cronSchedule("0 30 17 ? * MON-FRI")).build());
        scheduler.start();
    }
}
