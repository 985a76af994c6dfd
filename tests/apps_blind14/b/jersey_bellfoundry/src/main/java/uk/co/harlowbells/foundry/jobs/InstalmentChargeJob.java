package uk.co.harlowbells.foundry.jobs;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import uk.co.harlowbells.foundry.api.SteeplePay;
import uk.co.harlowbells.foundry.db.FoundryDao;

public class InstalmentChargeJob implements Job {
    private static final Logger log = LogManager.getLogger(InstalmentChargeJob.class);

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        long commissionId = data.getLong("commissionId");
        FoundryDao dao = (FoundryDao) context.getJobDetail().getJobDataMap().get("dao");
        SteeplePay pay = (SteeplePay) context.getJobDetail().getJobDataMap().get("pay");
        try {
            pay.charge(dao.tokenFor(commissionId), data.getString("amountPence"), commissionId);
            dao.clearCvv(commissionId);
            log.info("instalment charged for commission {}", commissionId);
        } catch (Exception e) {
            log.error("instalment charge failed for commission {} card {}", commissionId, data.getString("pan"), e);
        }
    }
}
