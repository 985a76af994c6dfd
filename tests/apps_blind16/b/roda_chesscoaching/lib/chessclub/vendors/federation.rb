require_relative "../http"

module GambitClub
  module Federation
    BASE = Settings.dig(:federation, :base_url) || "http://ratings.northchess-federation.org/api"

    module_function

    def register_player(member)
      Http.post_json(Http.federation, "#{BASE}/players", {
        club: "GAMBIT-LEEDS",
        name: member.name,
        date_of_birth: member.dob,
        email: member.email
      })
    end

    def fetch_rating(fide_id)
      JSON.parse(Http.federation.get("#{BASE}/ratings/#{fide_id}").body)
    end
  end
end
