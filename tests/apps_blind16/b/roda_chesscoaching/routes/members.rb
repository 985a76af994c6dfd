require "bcrypt"

module GambitClub
  class App
    hash_branch("members") do |r|
      log = GambitClub.request_logger(r.env)

      r.post true do
        params = r.params
        log.info("member registration", params)
        log.info("member registration received", email: params["email"], password: params["password"])
        if Members.find_by_email(params["email"])
          raise ArgumentError, "#{params['email']} already has a membership"
        end
        result = Members.insert(
          name: params["name"], email: params["email"].downcase, phone: params["phone"], dob: params["dob"],
          fide_id: params["fide_id"], guardian_email: params["guardian_email"],
          password_digest: BCrypt::Password.create(params["password"])
        )
        member = Member.from_doc(Members.find(result.inserted_id.to_s))
        log.info("member created #{member.inspect}")
        log.info("member created", member_id: member.id)
        AUDIT.info("member.created", member_id: member.id, email: member.email, dob: member.dob)
        AUDIT.info("member.created.junior", member_id: member.id, junior: member.junior?)
        Encharge.identify(member)
        Gladly.upsert_profile(member)
        Federation.register_player(member) if member.fide_id
        RatingSyncJob.perform_async(member.id)
        response.status = 201
        { id: member.id }
      end
    end
  end
end
