require_relative "app"

run GambitClub::App.freeze.app
