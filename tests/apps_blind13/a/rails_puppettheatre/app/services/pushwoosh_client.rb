class PushwooshClient
  def register_email(patron)
    HttpJsonClient[:pushwoosh].post("/registerEmail", {
      request: {
        application: Rails.configuration.x.theatre[:pushwoosh_app],
        email: patron.email,
        userId: "patron-#{patron.id}",
        tz_offset: 0
      }
    })
  end

  def tag_show_interest(patron, show)
    HttpJsonClient[:pushwoosh].post("/setTags", {
      request: {
        application: Rails.configuration.x.theatre[:pushwoosh_app],
        userId: "patron-#{patron.id}",
        tags: { favourite_show: show }
      }
    })
  end
end
