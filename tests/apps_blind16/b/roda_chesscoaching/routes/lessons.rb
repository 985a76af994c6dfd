module GambitClub
  class App
    hash_branch("lessons") do |r|
      log = GambitClub.request_logger(r.env)

      r.post true do
        member = Member.from_doc(Members.find(r.params["member_id"]))
        DB[:lessons].insert_one(member_id: member.id, coach: r.params["coach"], level: r.params["level"],
                                starts_at: r.params["starts_at"])
        log.info("lesson booked", member_id: member.id, coach: r.params["coach"])
        log.info("lesson booked for #{member.name} (#{member.phone}) with #{r.params['coach']}")
        Encharge.lesson_booked(member.id, r.params["level"])
        Encharge.lesson_booked_by_email(member.email, r.params["level"])
        Gladly.add_note(member.id, "Lesson booked with #{r.params['coach']}")
        { ok: true }
      end
    end
  end
end
