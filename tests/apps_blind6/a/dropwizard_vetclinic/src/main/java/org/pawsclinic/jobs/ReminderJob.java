package org.pawsclinic.jobs;

import jakarta.mail.MessagingException;
import org.pawsclinic.core.Mailer;
import org.pawsclinic.core.Owner;
import org.pawsclinic.db.OwnerDAO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ReminderJob {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    private final Mailer mailer;
    private final OwnerDAO dao;

    public ReminderJob(Mailer mailer, OwnerDAO dao) {
        this.mailer = mailer;
        this.dao = dao;
    }

    public void remind(Owner owner, long appointmentId) {
        try {
            mailer.send(owner.getEmail(), "Vaccination due", "reminder");
            dao.markReminderSent(appointmentId);
            LOG.info("reminder sent appointment={} template={}", appointmentId, "d-7a1c2e");
        } catch (MessagingException e) {
            LOG.error("reminder failed appointment={} to={}", appointmentId, owner.getEmail(), e);
        }
    }
}
