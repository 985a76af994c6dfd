from ..http_clients import growers_coop, courier


def register_tour_group(booking):
    return growers_coop().post("/groups", {
        "lead": booking.guest_name,
        "email": booking.guest_email,
        "size": booking.party_size,
        "date": booking.tour_date,
    })


def report_yield(batch_id, kilos):
    return growers_coop().post("/yields", {"batch": batch_id, "kg": kilos})


def book_delivery(member, sub):
    return courier().post("/consignments", {
        "recipient": member.full_name,
        "address": member.delivery_address,
        "phone": member.phone,
        "reference": sub.subscription_id,
    })
