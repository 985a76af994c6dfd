require "faktory"
require_relative "../lib/chessclub/db"
require_relative "../lib/chessclub/member"
require_relative "../lib/chessclub/vendors/federation"
require_relative "../lib/chessclub/logging"

module GambitClub
  class RatingSyncJob
    include Faktory::Job
    faktory_options queue: "ratings"

    def perform(member_id)
      member = Member.from_doc(Members.find(member_id))
      rating = Federation.fetch_rating(member.fide_id)
      DB[:members].update_one({ _id: BSON::ObjectId(member_id) }, { "$set" => { rating: rating["standard"] } })
      LOGGER.info("rating synced", member_id: member_id, rating: rating["standard"])
    rescue StandardError => e
      LOGGER.error("rating sync failed for #{member.inspect}: #{e.message}")
    end
  end
end
