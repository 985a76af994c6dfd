require_relative "app"

run CandleWorkshops::App
