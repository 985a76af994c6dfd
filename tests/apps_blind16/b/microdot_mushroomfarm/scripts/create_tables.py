from mushroomfarm.models import Member, Subscription, TourBooking

for model in (Member, Subscription, TourBooking):
    if not model.exists():
        model.create_table(read_capacity_units=5, write_capacity_units=5, wait=True)
        print(f"created {model.Meta.table_name}")
