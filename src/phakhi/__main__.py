from phakhi.cli import main

main()
