package com.claywheel.studio.client;

import com.claywheel.studio.Config;
import com.claywheel.studio.model.Member;
import java.util.List;
import java.util.Map;
import sendinblue.ApiClient;
import sendinblue.ApiException;
import sendinblue.Configuration;
import sendinblue.auth.ApiKeyAuth;
import sibApi.ContactsApi;
import sibModel.CreateContact;
import sibModel.UpdateContact;

/** Newsletter and course-reminder contacts in Brevo. */
public class BrevoContacts {
    private final ContactsApi contacts;

    public BrevoContacts(String apiKey) {
        ApiClient client = Configuration.getDefaultApiClient();
        ((ApiKeyAuth) client.getAuthentication("api-key")).setApiKey(apiKey);
        this.contacts = new ContactsApi(client);
    }

    public void subscribe(Member member) throws ApiException {
        CreateContact contact = new CreateContact();
        contact.setEmail(member.email());
        contact.setAttributes(Map.of(
                "FIRSTNAME", member.fullName().split(" ")[0],
                "SMS", member.phone() == null ? "" : member.phone(),
                "MEMBER_ID", member.id()));
        contact.setListIds(List.of(Config.BREVO_NEWSLETTER_LIST));
        contact.setUpdateEnabled(true);
        contacts.createContact(contact);
    }

    /** Course attendance counter, keyed by Brevo's contact id (ext_id = our member id). */
    public void countAttendance(long memberId, int courses) throws ApiException {
        UpdateContact update = new UpdateContact();
        update.setAttributes(Map.of("COURSES_ATTENDED", courses));
        contacts.updateContact("ext_id:" + memberId, update);
    }
}
