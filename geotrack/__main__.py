from geotrack.cli import main

main()
