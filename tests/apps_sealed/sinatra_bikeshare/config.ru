require_relative "app"

run BikeshareApp
