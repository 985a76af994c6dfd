import logging
import os

log = logging.getLogger("forge.vendors.pardot")


def upsert_prospect(registry, student, course_title):
    s = registry.settings
    body = {
        "email": student.email,
        "firstName": student.full_name.split(" ")[0],
        "lastName": student.full_name.split(" ")[-1],
        "phone": student.phone,
        "zip": student.postcode,
        "campaignId": 7031,
        "comments": "Booked: %s" % course_title,
    }
    status, data = registry.pardot_http.request(
        "POST",
        "/objects/prospects/do/upsertLatestByEmail",
        body={"matchEmail": student.email, "prospect": body, "fields": ["id"]},
        headers={
            "Authorization": "Bearer %s" % os.environ["PARDOT_ACCESS_TOKEN"],
            "Pardot-Business-Unit-Id": s["forge.pardot.business_unit_id"],
        },
    )
    if status >= 300:
        log.warning("pardot upsert failed status=%s", status)
    return data
